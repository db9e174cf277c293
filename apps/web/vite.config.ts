import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// Pages are lazy routes (src/app.tsx). React, zod and echarts get their own long-cached chunks; antd is left to
// automatic splitting so the login page loads only the components it uses (grouping it made a 1.3 MB first load).
const vendorGroups: { name: string; test: RegExp; priority: number }[] = [
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
  // React alone (the phone app /m/ loads it and nothing else), the router apart.
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
  { name: 'router', test: /node_modules[\\/](react-router|react-router-dom)[\\/]/, priority: 20 },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 20 },
];

/**
 * The login page's chunks as modulepreload links in the staff app's index.html: a first visit always ends there, and
 * otherwise its chunks are only requested once main.js has run and /api/auth/me has answered.
 */
function preloadLoginPage(): Plugin {
  return {
    name: 'fazhi-preload-login',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.chunk?.name || ctx.chunk.name !== 'main') return html;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const login = chunks.find((c) => c.facadeModuleId?.endsWith('/platform/auth/login-page.tsx'));
        if (!login) return html;
        const files = new Set<string>();
        const visit = (name: string) => {
          if (files.has(name) || html.includes(`/${name}"`)) return;
          files.add(name);
          for (const dep of chunks.find((c) => c.fileName === name)?.imports ?? []) visit(dep);
        };
        visit(login.fileName);
        return [...files].map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadLoginPage()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts is one 523 kB chunk fetched only when a chart is drawn (platform/charts/chart.tsx); warn above that.
    chunkSizeWarningLimit: 550,
    rolldownOptions: {
      // Two entries: the staff app, and the subject's phone app under /m/ (社区矫正), which shares only React.
      input: { main: resolve(import.meta.dirname, 'index.html'), m: resolve(import.meta.dirname, 'm/index.html') },
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
