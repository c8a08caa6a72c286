/**
 * The Quartier-Widgets blocks in the block editor: the main attributes in the sidebar and a
 * preview of the markup the server renders (the same as on the published page). Plain script
 * on the editor's wp.* globals; the blocks' names, titles and attributes come from block.json.
 */
(function (wp) {
  const { __ } = wp.i18n;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, TextControl, ToggleControl, SelectControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  const text = (name, label, help) => ({ name, label, help, kind: 'text' });
  const toggle = (name, label) => ({ name, label, kind: 'toggle' });

  const feed = () => text('feed', __('Feed address', 'quartier-widgets'), __('Empty: the default feed from Settings → Quartier-Widgets.', 'quartier-widgets'));
  const tags = () => text('tags', __('Tags', 'quartier-widgets'), __('Comma-separated.', 'quartier-widgets'));
  const programme = () => text('programme', __('Programme id', 'quartier-widgets'));

  /** The controls each widget's sidebar shows, in order. */
  const CONTROLS = {
    'event-card': [text('event', __('Event id', 'quartier-widgets'), __('Empty: the next event.', 'quartier-widgets')), tags(), programme(), feed()],
    'deadline-countdown': [
      text('call', __('Call id', 'quartier-widgets'), __('Empty: the open call whose deadline comes first.', 'quartier-widgets')),
      programme(),
      tags(),
      toggle('compact', __('Compact', 'quartier-widgets')),
      toggle('calm', __('Without a running count', 'quartier-widgets')),
      feed(),
    ],
    'programme-summary': [programme(), toggle('compact', __('Compact', 'quartier-widgets')), feed()],
    calendar: [
      text('month', __('Month (YYYY-MM)', 'quartier-widgets'), __('Empty: the current month.', 'quartier-widgets')),
      tags(),
      programme(),
      toggle('showFilter', __('Tags as filter', 'quartier-widgets')),
      toggle('showSubscribe', __('Subscribe menu (when the feed names a calendar)', 'quartier-widgets')),
      toggle('showSearch', __('Search box', 'quartier-widgets')),
      toggle('syncUrl', __('Filters in the page address', 'quartier-widgets')),
      toggle('hideWeekNumbers', __('Hide calendar weeks', 'quartier-widgets')),
      feed(),
    ],
    'event-list': [
      text('limit', __('Events at first', 'quartier-widgets'), __('Empty: 10. "More events" adds as many again.', 'quartier-widgets')),
      text('days', __('Days ahead', 'quartier-widgets'), __('Empty: every upcoming event.', 'quartier-widgets')),
      text('place', __('Cities', 'quartier-widgets'), __('Comma-separated.', 'quartier-widgets')),
      tags(),
      programme(),
      toggle('hideCancelled', __('Leave cancelled events out', 'quartier-widgets')),
      toggle('compact', __('Compact', 'quartier-widgets')),
      toggle('showSubscribe', __('Subscribe menu (when the feed names a calendar)', 'quartier-widgets')),
      toggle('showFilter', __('Tags and places as filter', 'quartier-widgets')),
      toggle('showSearch', __('Search box', 'quartier-widgets')),
      toggle('syncUrl', __('Filters in the page address', 'quartier-widgets')),
      feed(),
    ],
  };

  function control(control, attributes, setAttributes) {
    const value = attributes[control.name];
    const set = (next) => setAttributes({ [control.name]: next === '' ? undefined : next });
    if (control.kind === 'toggle') {
      return h(ToggleControl, { key: control.name, label: control.label, checked: Boolean(value), onChange: (checked) => set(checked || undefined) });
    }
    return h(TextControl, { key: control.name, label: control.label, help: control.help, value: value ?? '', onChange: set });
  }

  function layoutControls(attributes, setAttributes) {
    return [
      h(SelectControl, {
        key: 'headingLevel',
        label: __('Heading level', 'quartier-widgets'),
        value: attributes.headingLevel ? String(attributes.headingLevel) : '',
        options: [{ label: __('Default', 'quartier-widgets'), value: '' }].concat([1, 2, 3, 4, 5, 6].map((level) => ({ label: 'H' + level, value: String(level) }))),
        onChange: (level) => setAttributes({ headingLevel: level ? Number(level) : undefined }),
      }),
      h(SelectControl, {
        key: 'theme',
        label: __('Colour scheme', 'quartier-widgets'),
        value: attributes.theme ?? '',
        options: [
          { label: __('As the visitor prefers', 'quartier-widgets'), value: '' },
          { label: __('Light', 'quartier-widgets'), value: 'light' },
          { label: __('Dark', 'quartier-widgets'), value: 'dark' },
        ],
        onChange: (theme) => setAttributes({ theme: theme || undefined }),
      }),
    ];
  }

  for (const [widget, controls] of Object.entries(CONTROLS)) {
    const name = 'quartier-widgets/' + widget;
    wp.blocks.registerBlockType(name, {
      edit({ attributes, setAttributes }) {
        return h(
          Fragment,
          null,
          h(
            InspectorControls,
            null,
            h(PanelBody, { title: __('Widget', 'quartier-widgets') }, controls.map((each) => control(each, attributes, setAttributes))),
            h(PanelBody, { title: __('Layout', 'quartier-widgets'), initialOpen: false }, layoutControls(attributes, setAttributes)),
          ),
          h('div', useBlockProps(), h(ServerSideRender, { block: name, attributes })),
        );
      },
      // Rendered on the server (render_callback), so the saved post holds only the block comment.
      save: () => null,
    });
  }
})(window.wp);
