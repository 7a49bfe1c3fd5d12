// The heatmap of a large organisation has thousands of cells: one handler for all of them asks the server for the
// detail of the cell clicked, instead of each cell carrying a script of its own.
document.addEventListener('click', function (event) {
    var link = event.target.closest('#heatmap .cc-heat-link');
    if (!link) {
        return;
    }
    event.preventDefault();
    selectHeatCell([{name: 'front', value: link.dataset.front}, {name: 'back', value: link.dataset.back}]);
});
