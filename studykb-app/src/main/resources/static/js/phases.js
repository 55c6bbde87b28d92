// The phase list follows the campaign chosen: a <select data-phases="ID"> shows only its campaign's group of
// phases in the <select id="ID"> (all groups when no campaign is chosen). The server checks the pair anyway.
(function () {
    'use strict';
    function follow(campaign, phase) {
        var chosen = campaign.value;
        Array.prototype.forEach.call(phase.querySelectorAll('optgroup'), function (group) {
            var shown = chosen === '' || group.getAttribute('data-campaign') === chosen;
            group.hidden = !shown;
            group.disabled = !shown;
        });
        var selected = phase.options[phase.selectedIndex];
        if (selected && selected.parentNode.tagName === 'OPTGROUP' && selected.parentNode.disabled) {
            phase.value = '';
        }
    }
    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('select[data-phases]'), function (campaign) {
            var phase = document.getElementById(campaign.getAttribute('data-phases'));
            if (!phase) {
                return;
            }
            campaign.addEventListener('change', function () { follow(campaign, phase); });
            follow(campaign, phase);
        });
    });
}());
