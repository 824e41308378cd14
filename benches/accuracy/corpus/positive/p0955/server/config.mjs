'use strict';

const cloudinaryUrl = `cloudinary://753988985204347:TuBmwZQVugzAYaY1spEkNPztWfl@tmndqvkj`;

module.exports = { cloudinaryUrl };
