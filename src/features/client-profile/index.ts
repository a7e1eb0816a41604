/** The client profile editor: a client from the directory or an existing one, with their file. */
export { ClientProfileEditor } from './client-profile-editor';
