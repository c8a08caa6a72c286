// The package's browser build (the Node build pulls in modules that do not load in a browser)
// has its types beside it as index.browser.d.mts, which its exports map does not name.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
