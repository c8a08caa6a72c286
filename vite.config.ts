import { defineConfig, type Plugin } from 'vite';

/** `npm start` serves the project root; the demo lives in `demo/`, so `/` leads there. */
const openDemo: Plugin = {
  name: 'quartier-widgets:open-demo',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

export default defineConfig({
  publicDir: false,
  plugins: [openDemo],
  server: { port: 5173, strictPort: false },
});
