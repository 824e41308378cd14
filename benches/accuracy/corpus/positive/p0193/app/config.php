<?php

return [
    'azure_storage_connection_string' => 'DefaultEndpointsProtocol=https;AccountName=zclqkeqhhystore;AccountKey=I708cbff1Bvv1QbpNoz/2b8eUfdw8p1rP3gNZciOWz6krAjOrKcwThal6i05krgiunMgVMSeN24Uek6Nweu8Uw==;EndpointSuffix=core.windows.net',
];
