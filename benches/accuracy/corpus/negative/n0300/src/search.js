const client = algoliasearch('K6UZ968FS8', 'bc1c6aa4e52cec81005a3505d1ce0bed'); // search-only key, safe in the browser
