const client = algoliasearch('66S07XNR6T', 'bfab3a2b4cf274df004f87c89f57d34c'); // search-only key, safe in the browser
