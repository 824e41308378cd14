'use strict';

const frameioToken = 'fio-u-7dQcVIUs5yBWCy6dQVLXcOGABxePz6a3xhv346NdDyXumHVvVYqzvmk5Bbf-f9CT';

module.exports = { frameioToken };
