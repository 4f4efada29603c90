#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8748:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ POOL_THRESHOLD),
/* harmony export */   Gw: () => (/* binding */ PREPARE_WORKER_ROLE),
/* harmony export */   UK: () => (/* binding */ isPrepareWorker),
/* harmony export */   Xh: () => (/* binding */ offerWorkerEntry),
/* harmony export */   qM: () => (/* binding */ mayPool),
/* harmony export */   xA: () => (/* binding */ workerEntry)
/* harmony export */ });
/**
 * `workerData.role` of a worker that prepares attestations (an entry file started again), and
 * the one argument it is started with: only a process given it loads `node:worker_threads` to
 * check, so a command pays nothing for the pool it does not use.
 */
const PREPARE_WORKER_ROLE = 'verify-provenance/prepare';
/**
 * Bundle files from which a pool is started: a worker costs 0.2-0.3 s of CPU to load and warm
 * up. Measured on a busy 2-core machine with the older pool (workers only): 32 and 64 files
 * slower, 100 about even. With the main thread taking a share, 1,000 files on 2 cores run
 * about as fast as on the main thread alone (one run already keeps ~1.3 cores busy with
 * garbage collection and compiling); the pool pays where there are more cores.
 */
const POOL_THRESHOLD = 64;
/**
 * Whether a run may start the pool: only then is its module (worker threads, the trusted-root
 * encoder) loaded. A setting of VERIFY_PROVENANCE_WORKERS is always loaded, to be checked.
 */
function mayPool(files, env) {
    return files >= POOL_THRESHOLD || env.VERIFY_PROVENANCE_WORKERS !== undefined;
}
let entry;
/**
 * An entry (the built CLI or action) offers its own file: the pool starts it again as a worker
 * (the entry sees {@link isPrepareWorker} and runs the worker instead of the command). Without
 * an offer (tests of the sources, library use) there is no pool.
 */
function offerWorkerEntry(file) {
    entry = file;
}
function workerEntry() {
    return entry;
}
async function isPrepareWorker(argv = process.argv) {
    if (argv[2] !== PREPARE_WORKER_ROLE || argv.length !== 3)
        return false;
    const threads = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    const data = threads.workerData;
    return !threads.isMainThread && data?.role === PREPARE_WORKER_ROLE;
}


/***/ }),

/***/ 3570:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ toolCacheDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * This tool's directory in the user's own cache, as each platform names it, then
 * `verify-provenance`: `$XDG_CACHE_HOME` (only an absolute one, as the XDG spec says) or
 * `~/.cache`; `~/Library/Caches` on macOS; `%LOCALAPPDATA%` on Windows. The home directory is
 * `HOME` when absolute, else what `lookUpHome` says (the user database: `os.homedir()`); with
 * neither, there is no directory to trust and the answer is undefined. Never the shared
 * temporary directory: what is cached there could be planted by another user.
 */
function toolCacheDir(env, platform = process.platform, lookUpHome) {
    const path = platform === 'win32' ? node_path__WEBPACK_IMPORTED_MODULE_0__.win32 : node_path__WEBPACK_IMPORTED_MODULE_0__.posix;
    const absolute = (p) => p !== undefined && p !== '' && path.isAbsolute(p) ? p : undefined;
    const home = () => absolute(env.HOME) ?? absolute(tryLookUp(lookUpHome));
    const inHome = (...parts) => {
        const h = home();
        return h === undefined ? undefined : path.join(h, ...parts);
    };
    const base = platform === 'win32'
        ? (absolute(env.LOCALAPPDATA) ?? inHome('AppData', 'Local'))
        : platform === 'darwin'
            ? inHome('Library', 'Caches')
            : (absolute(env.XDG_CACHE_HOME) ?? inHome('.cache'));
    return base === undefined ? undefined : path.join(base, 'verify-provenance');
}
function tryLookUp(lookUpHome) {
    try {
        return lookUpHome?.();
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8586:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sea");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = (globalThis[Symbol.for("verify-provenance/load-chunk")]?.(__nccwpck_require__.u(chunkId)) ?? import("./" + __nccwpck_require__.u(chunkId))).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./src/sources/chunk-loader.ts





/**
 * Loading the bundle's chunks with a full code cache.
 *
 * The bundle (dist/cli, dist/action) loads each chunk with `import()`. Node's own compile cache
 * (22.1 and later) keeps a module's code as compiled before it runs, so every function the run
 * calls is parsed and compiled again on every start; Node 20 keeps nothing. This loader compiles
 * a chunk as a script instead, and at exit keeps V8's code for it with every function the run
 * compiled: a later start runs no parser for them. Measured on the README demo (2 cores), about
 * 25 ms less on Node 24 and 35 ms less on Node 20.
 *
 * The bundle's runtime asks `globalThis[CHUNK_LOADER]` first (scripts/bundle.mjs patches the one
 * `import()`); undefined (no loader, a chunk not in the expected form, not a script) leaves the
 * chunk to `import()` as before.
 *
 * The cache is the user's own directory (never the shared temporary one: cached code runs
 * unauthenticated). An entry is used only for the same chunk file (path, size, modification
 * time, inode) on the same Node (version and architecture in the directory name); V8 checks its
 * own version, flags and the source length on top and rejects anything else, and a rejected or
 * missing entry is written again at exit (to a temporary name, then renamed).
 */
const CHUNK_LOADER = Symbol.for('verify-provenance/load-chunk');
/** A chunk's head as the bundler writes it (an ES module of three exports). */
const HEAD = /^(import \{ createRequire as __WEBPACK_EXTERNAL_createRequire \} from "module";\n)?export const id = (\d+);\nexport const ids = (\[\d+(?:,\d+)*\]);\nexport const modules = \{/;
const CHUNK_NAME = /^\d+\.index\.js$/;
/**
 * The chunk's source as a function expression taking its exports, `createRequire` and its own
 * URL (for `import.meta.url`), with the same line numbers; undefined when the head is not the
 * bundler's. Anything else a script cannot hold (another `import.meta`, an `export`) fails to
 * compile and is left to `import()`.
 */
function chunkScript(source) {
    const head = HEAD.exec(source);
    if (head === null)
        return undefined;
    const body = source.slice(head[0].length).replaceAll('import.meta.url', '__chunkUrl');
    return ('(function (exports, __WEBPACK_EXTERNAL_createRequire, __chunkUrl) {' +
        (head[1] === undefined ? '' : '\n') +
        `exports.id = ${head[2]};\nexports.ids = ${head[3]};\nexports.modules = {${body}\n})`);
}
/**
 * Install the loader for the chunks next to `entryFile`, keeping code in `cacheDir` (undefined:
 * compile each start, keep nothing).
 */
function installChunkLoader(entryFile, cacheDir) {
    const dir = (0,external_node_path_.dirname)(entryFile);
    const store = cacheDir === undefined ? undefined : (0,external_node_path_.join)(cacheDir, `${process.version}-${process.arch}`);
    const unsaved = [];
    const load = (name) => {
        if (!CHUNK_NAME.test(name))
            return undefined;
        const file = (0,external_node_path_.join)(dir, name);
        let text;
        let key;
        try {
            text = chunkScript((0,external_node_fs_.readFileSync)(file, 'utf8'));
            const s = (0,external_node_fs_.statSync)(file);
            key = `${file}\0${s.size}\0${s.mtimeMs}\0${s.ino}`;
        }
        catch {
            return undefined; // import() reports what is wrong with the file
        }
        if (text === undefined)
            return undefined;
        const path = store === undefined ? undefined : (0,external_node_path_.join)(store, `${fnv1a(file)}-${name}.code`);
        const cachedData = path === undefined ? undefined : readEntry(path, key);
        let script;
        try {
            script = new external_node_vm_namespaceObject.Script(text, {
                filename: file,
                ...(cachedData === undefined ? {} : { cachedData }),
                importModuleDynamically: external_node_vm_namespaceObject.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
            });
        }
        catch {
            return undefined;
        }
        if (path !== undefined && (cachedData === undefined || script.cachedDataRejected === true))
            unsaved.push({ path, key, script });
        try {
            const exports = {};
            const define = script.runInThisContext();
            define(exports, external_node_module_namespaceObject.createRequire, (0,external_node_url_namespaceObject.pathToFileURL)(file).href);
            return Promise.resolve(exports);
        }
        catch (err) {
            return Promise.reject(err instanceof Error ? err : new Error(String(err)));
        }
    };
    globalThis[CHUNK_LOADER] = load;
    if (store !== undefined)
        process.once('exit', () => saveEntries(store, unsaved));
}
/** An entry's code when it was kept for exactly this file, else undefined. */
function readEntry(path, key) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch {
        return undefined;
    }
    const head = Buffer.from(`${key}\n`);
    return bytes.length > head.length && bytes.subarray(0, head.length).equals(head)
        ? bytes.subarray(head.length)
        : undefined;
}
/** At exit: V8's code for each chunk compiled this run without a usable entry. */
function saveEntries(store, unsaved) {
    if (unsaved.length === 0)
        return;
    try {
        (0,external_node_fs_.mkdirSync)(store, { recursive: true, mode: 0o700 });
        for (const { path, key, script } of unsaved) {
            // Workers of one process save too: the pid alone would not keep their names apart.
            const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
            (0,external_node_fs_.writeFileSync)(temporary, Buffer.concat([Buffer.from(`${key}\n`), script.createCachedData()]), {
                mode: 0o600,
            });
            (0,external_node_fs_.renameSync)(temporary, path);
        }
    }
    catch {
        // A cache that cannot be written costs only time on the next start.
    }
}
/** A short name for a path (FNV-1a, 32 bits): entries of different installs do not collide. */
function fnv1a(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return `${(0,external_node_path_.basename)((0,external_node_path_.dirname)(text))}-${hash.toString(16).padStart(8, '0')}`;
}

// EXTERNAL MODULE: ./src/sources/cache-dir.ts
var cache_dir = __nccwpck_require__(3570);
;// CONCATENATED MODULE: ./src/sources/compile-cache.ts



/**
 * Turn on Node's compile cache (Node >= 22.1; absent on Node 20, where this does nothing) in a
 * directory only this user can write. Node's default, `os.tmpdir()/node-compile-cache`, is shared
 * on a multi-user machine, and cached code is run without being authenticated: another user who
 * creates that directory first would choose what this verifier runs. `NODE_COMPILE_CACHE` (the
 * user's own choice) is left to Node; `NODE_DISABLE_COMPILE_CACHE=1` turns the cache off.
 * Returns the directory used, or undefined when the cache stays off.
 */
function enableCompileCache(env = process.env) {
    const enable = (external_node_module_default()).enableCompileCache;
    if (enable === undefined || env.NODE_DISABLE_COMPILE_CACHE !== undefined)
        return undefined;
    if (env.NODE_COMPILE_CACHE !== undefined) {
        enable();
        return env.NODE_COMPILE_CACHE;
    }
    const dir = userCacheDir(env);
    if (dir === undefined)
        return undefined;
    enable(dir);
    return dir;
}
/**
 * The compile cache's directory in the user's cache, from the environment only (`os.homedir()`
 * without `HOME` asks the user database: NSS, nscd, a socket), or undefined when there is none
 * to trust.
 */
function userCacheDir(env, platform = process.platform) {
    const dir = (0,cache_dir/* toolCacheDir */.e)(env, platform);
    return dir === undefined
        ? undefined
        : (platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix).join(dir, 'compile-cache');
}
/**
 * Where the bundle's chunk loader keeps code (src/sources/chunk-loader.ts): `code-cache` in the
 * user's cache directory for this tool; none with NODE_DISABLE_COMPILE_CACHE set, or without a
 * home directory to trust.
 */
function chunkCacheDir(env = process.env, platform = process.platform) {
    if (env.NODE_DISABLE_COMPILE_CACHE !== undefined)
        return undefined;
    const dir = (0,cache_dir/* toolCacheDir */.e)(env, platform);
    return dir === undefined
        ? undefined
        : (platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix).join(dir, 'code-cache');
}

// EXTERNAL MODULE: ./src/app/worker-entry.ts
var worker_entry = __nccwpck_require__(8748);
;// CONCATENATED MODULE: ./src/cli/index.ts
// The launcher: turn on Node's compile cache (Node >= 22.1; in a directory of this user's own)
// and the chunk loader (its code cache keeps what a run compiled, on every Node) before the rest
// of the CLI is loaded, so later runs skip compiling it. The CLI itself is
// run.ts; NODE_DISABLE_COMPILE_CACHE=1 turns the cache off. Started again as a worker of the
// prepare pool, this file runs that worker instead.




enableCompileCache();
// The chunks lie next to this file (argv[1] may be a link to it: npm's bin); the single
// executable has none, and the loader declines.
try {
    installChunkLoader((0,external_node_fs_.realpathSync)(process.argv[1] ?? ''), chunkCacheDir());
}
catch {
    // Not a file (the single executable): chunks, if any, load as modules.
}
void (0,worker_entry/* isPrepareWorker */.UK)()
    .then(async (worker) => {
    if (worker) {
        await Promise.all(/* import() */[__nccwpck_require__.e(917), __nccwpck_require__.e(654), __nccwpck_require__.e(187), __nccwpck_require__.e(468), __nccwpck_require__.e(340), __nccwpck_require__.e(767), __nccwpck_require__.e(422)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7139));
        return;
    }
    (0,worker_entry/* offerWorkerEntry */.Xh)(process.argv[1]);
    await __nccwpck_require__.e(/* import() */ 379).then(__nccwpck_require__.bind(__nccwpck_require__, 3379));
})
    .catch((err) => {
    process.stderr.write(`internal error [INTERNAL]: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 4;
});

