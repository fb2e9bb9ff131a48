// Mounts Stripe's Payment Element on the payment page and confirms the PaymentIntent; Stripe then
// sends the shopper back to the store's return address.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('stripe-payment');
  if (!form || typeof Stripe === 'undefined') {
    return;
  }
  var stripe = Stripe(form.dataset.key, { locale: form.dataset.locale });
  var elements = stripe.elements({ clientSecret: form.dataset.secret });
  elements.create('payment').mount('#stripe-element');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    stripe.confirmPayment({ elements: elements, confirmParams: { return_url: form.dataset.return } })
      .then(function (result) {
        if (result.error) {
          var message = document.getElementById('stripe-error');
          message.textContent = result.error.message;
          message.hidden = false;
        }
      });
  });
});
