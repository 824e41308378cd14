export const environment = {
  production: true,
  apiBase: '/api',
  percyToken: '00f5543b501ec94c8ed3f93b447d509b44e0dfa8b6440ed68dcbf4f4c7003874',
};
