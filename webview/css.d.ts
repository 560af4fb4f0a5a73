/** Stylesheets imported for esbuild, which emits them next to the bundle. */
declare module '*.css';
