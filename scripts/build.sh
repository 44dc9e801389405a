#!/bin/sh
# `npm run build`: vite build, with glibc's allocator held to two arenas.
#
# Node's threads and the bundler's each take an arena of their own, and an arena keeps
# what was freed in it for its thread: at 250,000 articles, with the cache on, that was
# 80-160 MB of the build's peak memory (a clean build 1,458-1,540 MB, and 1,375 MB with two
# arenas; rebuilds 1,541-1,564 MB, and 1,451-1,469 MB), and no time. The variable is read
# when a process starts, so the build cannot set it for itself. One set by the caller
# wins; other C libraries ignore it.
#   npm run build -- --base=/news/
set -e
MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
export MALLOC_ARENA_MAX
exec vite build "$@"
