export const environment = {
  production: true,
  apiBase: '/api',
  ngrokAuthtoken: '2a8NhS9b7D3GKN3cKlGxaKT1uwi_ZAjoOJccOyXuvgLb2nijw',
};
