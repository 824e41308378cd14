module.exports = {
  ddApiKey: process.env.DD_API_KEY,
};
