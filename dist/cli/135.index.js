export const id = 135;
export const ids = [135];
export const modules = {

/***/ 4135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runNpm: () => (/* binding */ runNpm)
/* harmony export */ });
/* harmony import */ var _app_npm_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8524);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);



/** `npm NAME@VERSION…`: the registry is the source; the policy is the one `verify` takes. */
async function runNpm(argv, io, version) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(argv, _args_js__WEBPACK_IMPORTED_MODULE_1__/* .NPM_OPTIONS */ .vA);
    (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .refuseFlags */ .sB)(values, 'npm', ['bundle', 'from', 'subject-name']);
    return (0,_app_npm_job_js__WEBPACK_IMPORTED_MODULE_0__/* .runNpmJob */ ["in"])({
        packages: positionals,
        registry: values.registry,
        policy: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .policyInputFromFlags */ .ED)(values),
        trust: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .trustFromFlags */ .aE)(values),
        network: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .networkInputFromFlags */ .eb)(values),
    }, (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .jobContext */ .R)(io, version, 'npm'));
}


/***/ })

};
