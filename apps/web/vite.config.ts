import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Pages are lazy routes (src/app.tsx). React, zod and echarts get their own long-cached chunks; antd is left to
// automatic splitting so the login page loads only the components it uses (grouping it made a 1.3 MB first load).
const vendorGroups: { name: string; test: RegExp; priority: number }[] = [
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
  // React alone (the phone app /m/ loads it and nothing else), the router apart.
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
  { name: 'router', test: /node_modules[\\/](react-router|react-router-dom)[\\/]/, priority: 20 },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 20 },
];

export default defineConfig({
  plugins: [react()],
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
