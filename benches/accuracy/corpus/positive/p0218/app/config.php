<?php

return [
    'cosmos_connection_string' => 'AccountEndpoint=https://sewfwksbu.documents.azure.com:443/;AccountKey=/GqfVoP0bNFPr9avdnp1qYRSXfTYSc+cJLbNjgTuHC3vofrpbJTV7EA1nxmixjMAsBt9HguGgBxHxPU8mz7j+Q==;',
];
