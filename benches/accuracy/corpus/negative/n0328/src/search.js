const client = algoliasearch('YHPBZ3DMLJ', '112079540da0f24fbaec9d606079e726'); // search-only key, safe in the browser
