/** Where a value stands in a parsed YAML (or JSON) document, for errors that name its line. */
import {isMap, isScalar, isSeq, type Node as YamlNode} from 'yaml'

/**
 * The node at a path of keys (`['rules', '0', 'severity']`), or the deepest one that exists on
 * the way (so that an error about a missing key points at the map that lacks it).
 *
 * @param contents A parsed document's `contents`.
 * @param keys Map keys and sequence indices, as strings.
 * @param wantKey Give the last key's own node rather than its value (for "unknown key" errors).
 */
export function yamlNodeAt(contents: unknown, keys: readonly string[], wantKey = false): YamlNode | undefined {
  let current = contents as YamlNode | undefined
  for (const [index, key] of keys.entries()) {
    if (isMap(current)) {
      const pair = current.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === key)
      if (!pair) return current
      if (wantKey && index === keys.length - 1) return pair.key as YamlNode
      current = (pair.value ?? pair.key) as YamlNode
    } else if (isSeq(current)) {
      const item = current.items[Number(key)] as YamlNode | undefined
      if (!item) return current
      current = item
    } else break
  }
  return current
}
