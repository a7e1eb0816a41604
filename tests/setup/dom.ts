// Adds toBeInTheDocument() and friends; harmless in the node environment.
import '@testing-library/jest-dom/jest-globals';
