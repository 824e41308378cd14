'use strict';

const ablyApiKey = 'gB5JBT.IIyTPk:CpKX8rh-4BlxhnHJKc-28FRl7G9-eE-droH8lHFzEUt';

module.exports = { ablyApiKey };
