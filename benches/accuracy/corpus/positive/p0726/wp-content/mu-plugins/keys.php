<?php

return [
    'line_channel_access_token' => 'PZt7xdIw6uFDiQwmVHZ3EkyPzXke12p1LxwboBxon/Ii2Y3qzWYLM9R8ft+jsj1iHEe0r1Plv2t+WSBxaBORM05S8gmTjsRmLvwhLV1QWTYmD4gaX48ZsrJUDGZOR9FLq6SudDdX305V90uzYMtEyzRLKT+p24A7PkRtYdQrIEc=',
];
