/**
 * Memoizes an async loader by key: each key is loaded once and its promise kept, except
 * that a failed load is forgotten, so the next call tries again.
 */
export function memoizeAsync<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    let promise = cache.get(key);
    if (!promise) {
      promise = load(key);
      promise.catch(() => cache.delete(key));
      cache.set(key, promise);
    }
    return promise;
  };
}

/** Memoizes a function by key: each key is worked out once. */
export function memoize<K, V>(work: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, work(key));
    return cache.get(key)!;
  };
}
