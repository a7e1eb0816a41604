/** The article library editor: the list with search, Add, Edit and Retire, and the form on its own. */
export { ArticleLibrary } from './article-library';
export { ArticleEditor } from './article-editor';
