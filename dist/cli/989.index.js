export const id = 989;
export const ids = [989];
export const modules = {

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var _app_verify_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2338);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);



/** `verify`: flags → the shared job (the action builds the same job from its inputs). */
async function runVerify(argv, io, version) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(argv, _args_js__WEBPACK_IMPORTED_MODULE_1__/* .VERIFY_OPTIONS */ .nn);
    return (0,_app_verify_job_js__WEBPACK_IMPORTED_MODULE_0__/* .runVerifyJob */ .Q)({
        subjects: positionals,
        bundles: values.bundle ?? [],
        from: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFrom */ .uK)(values.from),
        network: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .networkInputFromFlags */ .eb)(values),
        rekorUrl: values['rekor-url'],
        policy: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .policyInputFromFlags */ .ED)(values),
        trust: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .trustFromFlags */ .aE)(values),
    }, (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .jobContext */ .R)(io, version, 'verify'));
}


/***/ })

};
