<?php

return [
    'mux_token_id' => '88d2d252-0c77-426b-824f-c6ab058eed52',
    'mux_token_secret' => 'oAtaz367B0ONJQ3/nQPGfX0+xYyMbtGVM3SQamxGVbevxtBtnfeHgeSH3DqZ283UP6ZIx8xfZm6',
];
