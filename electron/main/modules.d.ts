// electron-vite's import suffix for a module bundled as its own file (worker threads).
declare module '*?modulePath' {
  const path: string;
  export default path;
}
