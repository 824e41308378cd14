module.exports = {
  apiKey: process.env.API_KEY,
};
