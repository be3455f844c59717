/**
 * A one-argument function remembered by its argument. Exports repeat the same few managers, stages,
 * currencies and pipelines on every row; reading each distinct text once keeps 100 000 rows fast. The
 * memory stays bounded: past `limit` distinct arguments the function is simply called.
 */
export function memoized<V>(fn: (key: string) => V, limit = 10_000): (key: string) => V {
  // Boxed, so a remembered `undefined` is found by one lookup.
  const seen = new Map<string, { value: V }>();
  return (key) => {
    const hit = seen.get(key);
    if (hit) return hit.value;
    const value = fn(key);
    if (seen.size < limit) seen.set(key, { value });
    return value;
  };
}

/** The value under `key`, made by `make` and stored the first time it is asked for. */
export function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}
