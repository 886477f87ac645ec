import {defineConfig, type Options} from 'tsup'

// Library entries: the main one (every language and the detector), the light browser entry
// (English; other languages and the detector load as separate chunks), and the Node-only
// rule-file loader. ESM keeps dependencies external; CJS bundles them, because the unified
// ecosystem is ESM-only.
const entry = {index: 'src/index.ts', core: 'src/core.ts', node: 'src/node.ts'}

/**
 * The command line (the package's bin): ESM, for Node only, one self-contained file. Bundling its
 * dependencies (as the CJS build does) makes it start with about half the CPU time, which matters for a
 * pre-commit hook; bundled CommonJS code gets a real `require` from the banner. The banner's `#!`
 * line also makes tsup mark the file executable. test/cli builds it with these options.
 */
export const cli: Options = {
  entry: {cli: 'src/cli/index.ts'},
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  noExternal: [/.*/],
  splitting: false,
  banner: {js: "#!/usr/bin/env node\nimport {createRequire as __stigmaAwareRequire} from 'node:module';\nconst require = __stigmaAwareRequire(import.meta.url);"}
}

export default defineConfig([
  {entry, format: ['esm'], dts: true, clean: true, sourcemap: true, target: 'node20', platform: 'neutral'},
  {entry, format: ['cjs'], dts: true, sourcemap: true, target: 'node20', platform: 'node', noExternal: [/.*/], shims: true},
  cli
])
