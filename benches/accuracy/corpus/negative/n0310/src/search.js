const client = algoliasearch('UZC4I5KNDR', 'c1674200db866b597d921558a851f101'); // search-only key, safe in the browser
