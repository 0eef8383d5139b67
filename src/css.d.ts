// Stylesheets imported for their side effect are bundled and inlined by esbuild.
declare module '*.css';
