export const id = 496;
export const ids = [496];
export const modules = {

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HttpClient: () => (/* binding */ HttpClient),
/* harmony export */   clientFor: () => (/* binding */ clientFor)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6419);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6858);



const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/**
 * GET with the network rules of a verifier: https only (plain http to loopback, for tests),
 * a token only for the configured API origin (never for redirects elsewhere, bundle hosts,
 * registries or mirrors), a size cap on every body, retries only for what may succeed later
 * (connection errors, timeouts, 5xx, 429 and rate-limit 403) within the run's budget, and a
 * typed NETWORK error when that fails: indeterminate (exit 3), never a pass.
 */
class HttpClient {
    options;
    fetch;
    sleep;
    now;
    random;
    deadline;
    active = 0;
    waiting = [];
    constructor(options) {
        this.options = options;
        this.fetch = options.fetchImpl ?? fetch;
        this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.now = options.now ?? Date.now;
        this.random = options.random ?? Math.random;
        this.deadline = this.now() + options.budgetMs;
        if (options.apiOrigin !== undefined)
            (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .checkUrl */ .CU)(options.apiOrigin);
    }
    hasToken() {
        return this.options.token !== undefined;
    }
    /** GET a URL; returns the final response (any status) once it is not worth retrying. */
    async get(url, accept = 'application/json') {
        return this.request(url, { accept });
    }
    /**
     * One request with the rules above. `anonymous` never sends the token, even to the API
     * origin (bundle_url downloads). A POST (a read-only query such as GitHub's bulk-list) is
     * retried like a GET but never redirected.
     */
    async request(url, init) {
        await this.acquire();
        try {
            return await this.withRetries(url, init);
        }
        finally {
            this.release();
        }
    }
    async withRetries(url, init) {
        let lastProblem = '';
        for (let attempt = 1; attempt <= this.options.maxAttempts; attempt++) {
            let wait;
            try {
                const response = await this.follow(url, init);
                const retryAfter = retryDelay(response, this.now());
                if (retryAfter === undefined)
                    return response;
                lastProblem = `HTTP ${response.status}`;
                wait = retryAfter === 0 ? this.backoff(attempt) : retryAfter;
            }
            catch (err) {
                if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz)
                    throw err;
                lastProblem = describe(err);
                wait = this.backoff(attempt);
            }
            if (attempt === this.options.maxAttempts)
                break;
            if (this.now() + wait > this.deadline)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(url)}: ${lastProblem}; waiting ${Math.ceil(wait / 1000)} s more would pass the time budget`, {
                    hint: 'raise --timeout, or try again later',
                });
            await this.sleep(wait);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(url)}: ${lastProblem} after ${this.options.maxAttempts} attempt(s)`, {
            hint: 'the service is unreachable or failing; the result is unknown, not a pass',
        });
    }
    /** Full jitter exponential backoff: random in [0, 500 ms × 2^(attempt-1)], at most 8 s. */
    backoff(attempt) {
        return Math.floor(this.random() * Math.min(8000, 500 * 2 ** (attempt - 1)));
    }
    /** One attempt, following redirects by hand so each hop is checked. */
    async follow(start, init) {
        let url = start;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .checkUrl */ .CU)(url);
            const headers = {
                accept: init.accept ?? 'application/json',
                'user-agent': this.options.userAgent,
            };
            if (init.body !== undefined)
                headers['content-type'] = 'application/json';
            if (this.options.token !== undefined &&
                init.anonymous !== true &&
                origin(url) === this.options.apiOrigin)
                headers.authorization = `Bearer ${this.options.token}`;
            else {
                const scoped = this.options.scopedTokens?.find((t) => url.startsWith(t.prefix));
                if (scoped !== undefined)
                    headers.authorization = `Bearer ${scoped.token}`;
            }
            const remaining = this.deadline - this.now();
            if (remaining <= 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(url)}: the time budget is spent`);
            const signal = AbortSignal.timeout(Math.min(this.options.requestTimeoutMs, remaining));
            const response = await this.fetch(url, {
                method: init.body === undefined ? 'GET' : 'POST',
                headers,
                redirect: 'manual',
                signal,
                ...(init.body === undefined ? {} : { body: init.body }),
            });
            if (REDIRECTS.has(response.status)) {
                if (init.body !== undefined) {
                    await response.body?.cancel();
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(url)}: a query was redirected`);
                }
                const location = response.headers.get('location');
                await response.body?.cancel();
                if (location === null)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(url)}: redirect without a location`);
                const next = new URL(location, url).toString();
                (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .checkLinked */ .UO)(next, url);
                url = next;
                continue;
            }
            const body = await readCapped(response, init.maxBytes ?? this.options.maxBytes, url);
            return { url, status: response.status, headers: response.headers, body };
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(start)}: more than ${MAX_REDIRECTS} redirects`);
    }
    async acquire() {
        if (this.active < this.options.concurrency) {
            this.active++;
            return;
        }
        await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
    }
    release() {
        this.active--;
        this.waiting.shift()?.();
    }
}
function origin(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
}
/**
 * undefined: final. A number: retry after that many ms (0 = use backoff). Retryable: 5xx, 429,
 * and 403 when it is a rate limit (`x-ratelimit-remaining: 0` or a `retry-after`).
 */
function retryDelay(r, now) {
    const rateLimited = r.status === 403 &&
        (r.headers.get('x-ratelimit-remaining') === '0' || r.headers.has('retry-after'));
    if (!(r.status >= 500 || r.status === 429 || rateLimited))
        return undefined;
    const after = r.headers.get('retry-after');
    if (after !== null) {
        const seconds = /^\d+$/.test(after.trim()) ? Number(after) * 1000 : Date.parse(after) - now;
        if (Number.isFinite(seconds))
            return Math.max(1, seconds);
    }
    const reset = r.headers.get('x-ratelimit-reset');
    if (r.headers.get('x-ratelimit-remaining') === '0' && reset !== null && /^\d+$/.test(reset))
        return Math.max(1, Number(reset) * 1000 - now);
    return 0;
}
/** Read a body, refusing it as soon as it is larger than the cap (declared or actual). */
async function readCapped(response, max, url) {
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > max) {
        await response.body?.cancel();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${origin(url)}: response of ${declared} bytes (limit ${max})`);
    }
    const reader = response.body?.getReader();
    if (reader === undefined)
        return Buffer.alloc(0);
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > max) {
            await reader.cancel();
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${origin(url)}: response larger than ${max} bytes`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}
function describe(err) {
    if (err instanceof Error) {
        if (err.name === 'TimeoutError' || err.name === 'AbortError')
            return 'timed out';
        const cause = err.cause instanceof Error
            ? `: ${err.cause.code ?? err.cause.message}`
            : '';
        return `${err.message}${cause}`;
    }
    return String(err);
}
/** One client per run: one budget, one concurrency limit, the token bound to the API origin. */
function clientFor(settings, fetchImpl, scopedTokens) {
    return new HttpClient({
        ...(scopedTokens === undefined ? {} : { scopedTokens }),
        requestTimeoutMs: settings.requestTimeoutMs,
        budgetMs: settings.budgetMs,
        maxAttempts: 4,
        maxBytes: _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b.maxInputBytes,
        ...(settings.token === undefined
            ? {}
            : { apiOrigin: originOf(settings.githubApiUrl), token: settings.token }),
        userAgent: settings.userAgent,
        concurrency: settings.concurrency,
        ...(fetchImpl === undefined ? {} : { fetchImpl }),
    });
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`github-api-url: not a URL: ${JSON.stringify(url)}`);
    }
}


/***/ })

};
