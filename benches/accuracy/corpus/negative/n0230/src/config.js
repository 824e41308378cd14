module.exports = {
  hfToken: process.env.HF_TOKEN,
};
