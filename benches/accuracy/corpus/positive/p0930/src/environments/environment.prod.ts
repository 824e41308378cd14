export const environment = {
  production: true,
  apiBase: '/api',
  devcycleServerSdkKey: 'dvc_server_9859941e_b0d0_3e32_0657_db4004cd667d_20021b8',
};
