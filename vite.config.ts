import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A relative base lets the built deck run from any folder (GitHub Pages, a USB stick).
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022' },
});
