'use strict';

const supabaseAccessToken = `sbp_5c3ebb30559a2bfb7d4f14f3c1b573c8f58f743f`;

module.exports = { supabaseAccessToken };
