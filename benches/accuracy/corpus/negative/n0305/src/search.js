const client = algoliasearch('JC8V84LFEY', '20478f68af086bc7919ec62b49e2f05e'); // search-only key, safe in the browser
