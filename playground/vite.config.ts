/**
 * The playground: a static page built from the library's source (`src/core.ts`, English rules
 * built in, the other languages and the detector as their own chunks). `npm run playground`
 * serves it, `npm run playground:build` writes `playground/dist`.
 */
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
const repository = fileURLToPath(new URL('..', import.meta.url))

export default defineConfig({
  root,
  base: './',
  // No public folder: everything the page needs is imported, so it is hashed and bundled.
  publicDir: false,
  server: {
    host: '127.0.0.1',
    fs: {allow: [repository]}
  },
  preview: {host: '127.0.0.1'},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // mammoth's browser build (only loaded when a .docx is dropped) is ~400 KB by itself.
    chunkSizeWarningLimit: 1024,
    reportCompressedSize: true
  }
})
