import {defineConfig} from 'tsup'

// Two entries: the browser-safe core, and the Node-only rule-file loader.
// ESM keeps dependencies external; CJS bundles them, because the unified ecosystem is ESM-only.
const entry = {index: 'src/index.ts', node: 'src/node.ts'}

export default defineConfig([
  {entry, format: ['esm'], dts: true, clean: true, sourcemap: true, target: 'node20', platform: 'neutral'},
  {entry, format: ['cjs'], dts: true, sourcemap: true, target: 'node20', platform: 'node', noExternal: [/.*/], shims: true}
])
