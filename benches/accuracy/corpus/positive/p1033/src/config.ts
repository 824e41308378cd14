export const environment = {
  production: true,
  apiBase: '/api',
  adobeClientId: 'a826f02321c0983d5c959ab355025ebb',
  adobeClientSecret: 'p8e-fzUc2zc8SJrsKHt2Lzl25PO-7z81NFRF',
};
