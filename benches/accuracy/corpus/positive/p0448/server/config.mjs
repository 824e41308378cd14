'use strict';

const gitlabTriggerToken = 'glptt-e2756662fc3d329e41317772cdd109066e33f80f';

module.exports = { gitlabTriggerToken };
