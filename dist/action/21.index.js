export const id = 21;
export const ids = [21];
export const modules = {

/***/ 15021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withGithubTrustDomain: () => (/* binding */ withGithubTrustDomain)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62208);
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46978);



const GITHUB_COM_API = 'https://api.github.com';
/**
 * A GHE.com tenant signs with its own trust domain, which its API's `/meta` names
 * (`domains.artifact_attestations.trust_domain`, as `gh` reads it); GitHub's TUF repository
 * then serves `<trust domain>.trusted_root.json`. Asked only when trust is refreshed online and
 * the API is not github.com's; anything but a DNS label is refused where the root is fetched.
 */
async function withGithubTrustDomain(trust, client, apiUrl) {
    const online = trust.trustedRootFile === undefined && trust.offline !== true;
    if (!online || apiUrl === GITHUB_COM_API || trust.githubTrustDomain !== undefined)
        return trust;
    const what = `${apiUrl}/meta (the instance's trust domain)`;
    const response = await client.get(`${apiUrl}/meta`, 'application/vnd.github+json');
    // An API without /meta names no trust domain: GitHub's own (dotcom) then applies.
    if (response.status === 404)
        return trust;
    if (response.status !== 200)
        throw (0,_responses_js__WEBPACK_IMPORTED_MODULE_2__/* .unexpectedStatus */ .uI)(response, what);
    const body = (0,_responses_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBody */ .J9)(response, what);
    const domains = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(body) ? body.domains : undefined;
    const section = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(domains) ? domains.artifact_attestations : undefined;
    const domain = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(section) ? section.trust_domain : undefined;
    if (domain === undefined || domain === null || domain === '')
        return trust;
    if (typeof domain !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${what}: trust_domain is not a string`);
    return { ...trust, githubTrustDomain: domain };
}


/***/ }),

/***/ 46978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J9: () => (/* binding */ jsonBody),
/* harmony export */   uI: () => (/* binding */ unexpectedStatus),
/* harmony export */   x6: () => (/* binding */ fetchJson)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62208);


const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * A service's JSON answer. A body that is not JSON is the service failing (a truncated or
 * garbled transfer, a proxy's error page): NETWORK, indeterminate, never a verdict.
 */
function jsonBody(response, what) {
    try {
        return (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJson */ .R)(utf8.decode(response.body));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${what}: the response is not valid JSON (${err instanceof Error ? err.message : String(err)})`, { hint: 'the service or a proxy answered with something else; try again later' });
    }
}
/** A status that is neither success nor "not found": the answer is unknown (exit 3). */
function unexpectedStatus(response, what) {
    const auth = response.status === 401 || response.status === 403;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${what}: HTTP ${response.status}`, {
        hint: auth
            ? 'the token was refused or lacks access (attestations: read); anonymous access works only for public repositories'
            : 'the service failed; the result is unknown, not a pass',
    });
}
/** GET a registry or index document, anonymously; 404 is `undefined` (the caller says what was missing). */
async function fetchJson(client, url, what, accept = 'application/json', maxBytes) {
    const response = await client.request(url, {
        accept,
        anonymous: true,
        ...(maxBytes === undefined ? {} : { maxBytes }),
    });
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        throw unexpectedStatus(response, what);
    return jsonBody(response, what);
}


/***/ })

};
