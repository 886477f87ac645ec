import {defineConfig} from 'tsup'

// Two entries: the browser-safe core, and the Node-only rule-file loader.
export default defineConfig({
  entry: {index: 'src/index.ts', node: 'src/node.ts'},
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'neutral'
})
