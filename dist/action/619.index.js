export const id = 619;
export const ids = [619];
export const modules = {

/***/ 66139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ prepareFile)
/* harmony export */ });
/* harmony import */ var _core_input_read_attestations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60392);
/* harmony import */ var _core_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91143);


/**
 * One attestation file read and its attestations prepared, as a pool worker and the main
 * thread's share of a pooled run do it; `undefined` when the file is the main thread's own
 * path's (npm responses, envelopes to look up in Rekor) or cannot be read (that path reports it).
 */
function prepareFile(name, bytes, roots, options) {
    try {
        const candidates = (0,_core_input_read_attestations_js__WEBPACK_IMPORTED_MODULE_0__/* .attestationsOrInvalid */ .yL)(name, bytes);
        if (candidates.some((c) => (0,_core_input_read_attestations_js__WEBPACK_IMPORTED_MODULE_0__/* .mainThreadOnly */ .YY)(c, options)))
            return undefined;
        return candidates.map((c) => (0,_core_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareAttestation */ .md)(c, roots));
    }
    catch {
        return undefined; // thrown the same way on the main thread's own path, which reports it
    }
}


/***/ }),

/***/ 57619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PreparePool: () => (/* binding */ PreparePool),
/* harmony export */   openPreparePool: () => (/* binding */ openPreparePool)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_sea__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88586);
/* harmony import */ var node_sea__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_sea__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_crypto_fast_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75519);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _prepare_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66139);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48748);








const MAX_WORKERS = 8;
/**
 * Files a worker holds at once (one in hand, one queued); with every worker that full, or not
 * yet set up, the main thread prepares the next file itself between its other work.
 */
const WORKER_QUEUE = 4;
/**
 * A worker's young generation: V8's default (tens of MiB) adds to the peak RSS of a 10,000-file
 * run for no measured speed (per-bundle CPU time the same at 8, 32 and 64).
 */
const YOUNG_MB = 8;
/** A worker with files that has not answered for this long is taken as stuck (retired). */
const STALL_MS = 20_000;
/**
 * Attestation files prepared (parsed, verified, identity and statement read) on worker threads
 * and on the main thread: each file goes to the least busy worker that is set up and holds
 * fewer than WORKER_QUEUE files, else the main thread prepares it itself (the same function),
 * so no core waits while workers start or catch up; the caller awaits them in input order.
 * Workers start on first use, hold the event loop only while they have work, and end with
 * {@link close}. A worker that fails, exits or stops answering (STALL_MS) hands its files back
 * (`undefined`): the main thread reads them itself, so a verdict is never lost or invented, and
 * no run hangs on a worker.
 */
class PreparePool {
    entry;
    setup;
    roots;
    size;
    slots;
    watchdog;
    nextId = 0;
    constructor(entry, setup, roots, 
    /** Worker threads (the main thread takes a share besides). */
    size) {
        this.entry = entry;
        this.setup = setup;
        this.roots = roots;
        this.size = size;
    }
    prepare(name, bytes) {
        const slot = this.pick();
        if (slot === undefined)
            return this.prepareHere(name, bytes);
        const id = this.nextId++;
        return new Promise((resolve) => {
            slot.pending.set(id, resolve);
            if (slot.pending.size === 1) {
                slot.heard = Date.now();
                slot.worker.ref();
            }
            try {
                slot.worker.postMessage({ id, name, bytes });
            }
            catch {
                this.retire(slot);
            }
        });
    }
    /** On this thread, in its own turn of the event loop (workers' replies are taken between). */
    prepareHere(name, bytes) {
        return new Promise((resolve) => {
            setImmediate(() => resolve((0,_prepare_file_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareFile */ .q)(name, bytes, this.roots, this.setup)));
        });
    }
    async close() {
        const slots = this.slots ?? [];
        this.slots = [];
        clearInterval(this.watchdog);
        await Promise.all(slots.map((s) => s.worker.terminate()));
    }
    /** The least busy worker that is set up and has room, if any. */
    pick() {
        if (this.slots === undefined) {
            this.slots = Array.from({ length: this.size }, () => this.start());
            this.watchdog = setInterval(() => this.retireStalled(), 1000).unref();
        }
        let best;
        for (const s of this.slots)
            if (s.ready && !s.dead && (best === undefined || s.pending.size < best.pending.size))
                best = s;
        return best !== undefined && best.pending.size < WORKER_QUEUE ? best : undefined;
    }
    start() {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(this.entry, {
            argv: [_worker_entry_js__WEBPACK_IMPORTED_MODULE_7__/* .PREPARE_WORKER_ROLE */ .Gw],
            workerData: this.setup,
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
        });
        const slot = { worker, pending: new Map(), dead: false, ready: false, heard: Date.now() };
        worker.unref();
        worker.on('message', (message) => {
            if (message === 'ready') {
                slot.ready = true;
                return;
            }
            const { id, prepared } = message;
            const resolve = slot.pending.get(id);
            slot.pending.delete(id);
            slot.heard = Date.now();
            if (slot.pending.size === 0)
                worker.unref();
            resolve?.(prepared);
        });
        worker.on('error', () => this.retire(slot));
        worker.on('messageerror', () => this.retire(slot));
        worker.on('exit', () => this.retire(slot));
        return slot;
    }
    retireStalled() {
        const now = Date.now();
        for (const s of this.slots ?? [])
            if (!s.dead && s.pending.size > 0 && now - s.heard > STALL_MS)
                this.retire(s);
    }
    retire(slot) {
        if (!slot.dead)
            void slot.worker.terminate();
        slot.dead = true;
        const waiting = [...slot.pending.values()];
        slot.pending.clear();
        for (const resolve of waiting)
            resolve(undefined);
    }
}
/**
 * A pool for `files` attestation files, or none: below POOL_THRESHOLD, with one core, in a
 * single executable (it cannot start its embedded script as a worker), without an entry that
 * can be started as one (the sources under a test runner), or with VERIFY_PROVENANCE_WORKERS=0.
 * VERIFY_PROVENANCE_WORKERS=N sets the number of workers besides the main thread (default: one
 * fewer than the cores, up to 8).
 */
function openPreparePool(files, roots, env, lookUp) {
    const size = poolSize(env.VERIFY_PROVENANCE_WORKERS);
    const entry = (0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_7__/* .workerEntry */ .xA)();
    if (size === 0 || files < _worker_entry_js__WEBPACK_IMPORTED_MODULE_7__/* .POOL_THRESHOLD */ .Du || entry === undefined || (0,node_sea__WEBPACK_IMPORTED_MODULE_1__.isSea)())
        return undefined;
    const setup = {
        role: _worker_entry_js__WEBPACK_IMPORTED_MODULE_7__/* .PREPARE_WORKER_ROLE */ .Gw,
        roots: roots.map((r) => ({
            json: _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.TrustedRoot.toJSON(r.root),
            label: r.label,
            extra: {
                ...(r.snapshotTaken === undefined ? {} : { snapshotTaken: r.snapshotTaken }),
                ...(r.githubInstance === undefined ? {} : { githubInstance: r.githubInstance }),
            },
        })),
        fastPath: (0,_core_crypto_fast_path_js__WEBPACK_IMPORTED_MODULE_4__.fastPathEnabled)(),
        lookUp,
    };
    return new PreparePool(entry, setup, roots, size);
}
function poolSize(setting) {
    if (setting === undefined || setting === '') {
        const cores = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
        return cores < 2 ? 0 : Math.min(cores - 1, MAX_WORKERS);
    }
    if (!/^\d{1,2}$/.test(setting) || Number(setting) > 64)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`VERIFY_PROVENANCE_WORKERS=${setting}: give a number of workers, 0 to 64`);
    return Number(setting);
}


/***/ })

};
