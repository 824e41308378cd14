export const environment = {
  production: true,
  apiBase: '/api',
  quicknodeHttpUrl: 'https://rhgida-lmypg-vafsel.quiknode.pro/5b71739105fa6d4ef6c1c535ae533f40a2d7f3d3/',
};
