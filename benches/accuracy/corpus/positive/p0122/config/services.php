<?php

return [
    'modal_token_id' => 'ak-z9tPlAYGH1QWf5Ivslg2wp',
    'modal_token_secret' => 'as-dR3CSmzjWt1vTDFk5F97ud',
];
