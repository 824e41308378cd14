export const environment = {
  production: true,
  apiBase: '/api',
  npmToken: 'npm_EXAMPLEasGpIep96Xn0NmbxyIRcQV62pz5Gt',
};
